package org.sitrep.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/** Reads a plain-text article from a file; its id is the file name. */
public final class TextArticles {

    private TextArticles() {
    }

    public static InputItem read(Path file, LocalDate published) {
        String id = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return InputItem.bad(id, "cannot read file (" + e.getMessage() + ")");
        }
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older wire archives are often Latin-1 / Windows-1252; reading them so keeps every
            // letter, where a lossy UTF-8 decode would drop accented place names.
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            warnings.add("not valid UTF-8; read as ISO-8859-1");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return InputItem.ok(new Article(id, published, null, text, null), warnings);
    }
}
