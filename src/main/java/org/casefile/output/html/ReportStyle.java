package org.casefile.output.html;

/** The report's stylesheet (inlined; the page loads nothing). */
final class ReportStyle {
    private ReportStyle() {
    }

    /** Event-type colours ({@value ReportContext#PALETTE} of them), readable on white and as white-text chips. */
    private static final String[] PALETTE = {"#2459c4", "#b4441b", "#13795b", "#7a3db8", "#a66300", "#0e7490",
        "#be185d", "#4d7c0f", "#5b6475", "#9f1239", "#1e3a8a", "#78350f", "#047857", "#6d28d9"};

    static String css() {
        StringBuilder b = new StringBuilder(BASE);
        for (int i = 0; i < PALETTE.length; i++) {
            b.append(".t").append(i).append("{--c:").append(PALETTE[i]).append("}");
        }
        return b.toString();
    }

    private static final String BASE = """
            :root{--ink:#1d2433;--muted:#5b6475;--line:#d9dee7;--bg:#f5f6f8;--accent:#2459c4;--warn:#c2410c}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            a{color:var(--accent)}
            .wrap{max-width:1160px;margin:0 auto;padding:0 28px}
            header{background:#1d2433;color:#fff;padding:26px 0 14px}
            header h1{margin:0;font-size:30px;line-height:1.2}
            header .sub{color:#c3cada;margin:6px 0 0}
            .stats{display:flex;flex-wrap:wrap;gap:10px 34px;margin:18px 0 14px;padding:0;list-style:none}
            .stats b{display:block;font-size:26px;line-height:1.1}
            .stats span{color:#b4bdcf;font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            .stats .warn b{color:#ffb08a}
            nav{border-top:1px solid #39435a;padding-top:10px}
            nav a{color:#e6ebf5;margin-right:18px;font-size:14px;text-decoration:none}
            nav a:hover{text-decoration:underline}
            section{margin:30px 0}
            h2{font-size:22px;margin:0 0 12px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
            h3{font-size:17px;margin:18px 0 8px}
            .n{font-weight:400;color:var(--muted);font-size:.8em}
            .hint{color:var(--muted);font-size:14px;margin:0 0 10px}
            .none{color:var(--muted);font-style:italic}
            .ov{background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 18px 0}
            .ov-track{position:relative}
            .mk{position:absolute;display:block;height:12px;background:var(--c);border-radius:6px}
            .mk.dot{width:12px;margin-left:-2px;border-radius:50%;border:2px solid #fff;box-shadow:0 0 0 1px var(--c)}
            .mk.band{opacity:.6;border-radius:3px;background:repeating-linear-gradient(135deg,var(--c) 0 4px,transparent 4px 7px);border:1px solid var(--c)}
            .mk:hover,.mk:focus{opacity:1;outline:2px solid var(--ink)}
            .ov-axis{position:relative;height:28px;border-top:1px solid #9aa3b2}
            .yr{position:absolute;top:0;height:22px;padding:3px 0 0 4px;font-size:12px;color:var(--muted);border-left:1px solid #c4cad5}
            .legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:10px 0 0;font-size:13px}
            .sw{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px;background:var(--c)}
            .conflicts li{margin:4px 0}
            .conflicts .alt{color:var(--warn)}
            .year{width:180px;text-align:right;margin:26px 0 10px;font-size:22px;color:var(--accent)}
            .tl{list-style:none;margin:0;padding:0;position:relative}
            .tl:not(.undated)::before{content:"";position:absolute;left:202px;top:0;bottom:0;width:2px;background:#c4cad5}
            .tl .ev{display:grid;grid-template-columns:180px 1fr;gap:0 46px;position:relative;padding:0 0 16px}
            .tl.undated .ev{grid-template-columns:1fr}
            .when{text-align:right;padding-top:6px;position:relative}
            .when .date{display:block;font-weight:700}
            .when .range{display:block;font-size:12px;color:var(--muted)}
            .ev.day .when::after{content:"";position:absolute;right:-30px;top:10px;width:16px;height:16px;border-radius:50%;background:#fff;border:4px solid var(--ink)}
            .ev.band .when::after{content:"";position:absolute;right:-27px;top:6px;width:10px;height:calc(100% + 8px);min-height:46px;border-radius:5px;background:repeating-linear-gradient(180deg,var(--ink) 0 5px,#9aa3b2 5px 8px)}
            .card{background:#fff;border:1px solid var(--line);border-left:5px solid var(--c);border-radius:7px;padding:10px 16px 8px;min-width:0}
            .ev:target .card{outline:3px solid var(--accent)}
            .ev.disputed .card{border-color:var(--warn);box-shadow:0 0 0 2px #fed7c3}
            .head{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;font-size:13px}
            .type{color:#fff;background:var(--c);border-radius:11px;padding:1px 10px;font-weight:600}
            .count{color:var(--muted)}
            .flag{color:#fff;background:var(--warn);border-radius:11px;padding:1px 10px;font-weight:600}
            .sum{margin:8px 0 4px;font-weight:600}
            .who{margin:6px 0;font-size:14px}
            .lbl{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:2px}
            .role{font-size:11px;color:var(--muted)}
            blockquote{margin:8px 0;padding:6px 12px;border-left:3px solid #c4cad5;background:#f8f9fb;font-family:Georgia,"Times New Roman",serif;font-size:15.5px;overflow-wrap:anywhere}
            .q{background:#fff3b8}
            .ctx{color:#8a93a3}
            cite{display:block;font:normal 12.5px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--muted);margin-top:3px}
            a.src{font-weight:700;text-decoration:none;background:#e7edfa;border-radius:4px;padding:0 4px;font-size:12px}
            .note{font-size:13px;color:var(--muted);font-style:italic;margin:4px 0}
            .conflict{border:1px solid #f3b99f;background:#fff4ee;border-radius:6px;padding:6px 10px;margin:8px 0 4px;font-size:14px}
            details>summary{cursor:pointer;color:var(--accent);font-size:13px}
            table{width:100%;border-collapse:collapse;background:#fff;font-size:14px;border:1px solid var(--line)}
            th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{background:#eef1f5;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
            td.num,th.num{text-align:right;width:90px}
            td.name{font-weight:600;width:26%}
            tr:target{background:#fff3b8}
            .aka{font-size:12px;font-weight:400;color:var(--muted)}
            .kind{font-size:11px;font-weight:400;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
            .negated{font-size:11px;font-weight:400;color:var(--muted);border:1px solid var(--muted);border-radius:3px;padding:0 3px;text-transform:uppercase;letter-spacing:.04em}
            .pp,.more{color:var(--muted);font-size:12px}
            .other p{line-height:1.9}
            .speakers{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px}
            .speaker{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 16px 8px}
            .speaker h3{margin:8px 0}
            .claims{list-style:none;margin:0;padding:0}
            .claim{padding:8px 0;border-top:1px solid var(--line)}
            .stance{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:1px 6px}
            .stance.allegation{background:#fde2df;color:#9f1d13}
            .stance.finding{background:#d9f2e1;color:#14643a}
            .stance.statement{background:#eceff3;color:#4a5363}
            .claim.allegation{border-left:3px solid #e06c5f;padding-left:8px}
            .claim.finding{border-left:3px solid #3f9e63;padding-left:8px}
            .said{margin:4px 0;font-family:Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
            footer{color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding:14px 0 40px;margin-top:30px}
            @media (max-width:760px){.tl .ev{grid-template-columns:1fr}.tl::before,.when::after{display:none}.when{text-align:left}.year{width:auto;text-align:left}}
            @media print{body{background:#fff}header{background:#fff;color:#000}nav{display:none}.card,blockquote{break-inside:avoid}}
            """;
}
