package dev.unspin.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The optional access token (--token-file). A request carries it as {@code Authorization: Bearer TOKEN}
 * or, the way LanguageTool clients send an API key, as the form field {@code apiKey} (any
 * {@code username} beside it is ignored). Compared in constant time.
 */
final class AccessToken {
    private final Optional<byte[]> token;

    private AccessToken(Optional<byte[]> token) {
        this.token = token;
    }

    static AccessToken none() {
        return new AccessToken(Optional.empty());
    }

    static AccessToken of(String token) {
        return new AccessToken(Optional.of(token.getBytes(StandardCharsets.UTF_8)));
    }

    static AccessToken of(Optional<String> token) {
        return token.map(AccessToken::of).orElseGet(AccessToken::none);
    }

    boolean required() {
        return token.isPresent();
    }

    /** 401 unless the request carries the token (when one is required). */
    void check(Request request, RequestFields fields) {
        if (token.isEmpty()) {
            return;
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : fields.get("apiKey").orElse(null);
        if (given == null || !MessageDigest.isEqual(token.get(), given.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpProblem(401, given == null
                    ? "this server needs a token: send 'Authorization: Bearer TOKEN' or the form field apiKey"
                    : "the token is not this server's");
        }
    }
}
