package dev.unspin.server;

import org.eclipse.jetty.server.Request;

import java.io.IOException;
import java.io.InputStream;

/** A request's body, read whole up to the server's size limit (413 beyond it). */
final class RequestBody {
    private RequestBody() {
    }

    static byte[] read(Request request, int limit) {
        long declared = request.getLength();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new HttpProblem(400, "the request body could not be read");
        }
    }

    private static HttpProblem tooLarge(int limit) {
        return new HttpProblem(413, "the request body is larger than the server's limit of " + limit + " bytes (--max-request-size)");
    }
}
