package org.casefile.output.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.casefile.output.model.CaseModel;

/** A short stable key for a case: the SHA-256 of its sorted document ids, for ids that must not collide across cases. */
final class CaseKey {
    private CaseKey() {
    }

    static String of(CaseModel c) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            c.documents().stream().map(CaseModel.Document::id).sorted()
                    .forEach(id -> md.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
