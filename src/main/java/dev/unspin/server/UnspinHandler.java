package dev.unspin.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every request: routes it by path and method, and turns every refusal and failure into a JSON error
 * ({@code {"error": "...", "status": N}}), never a stack trace.
 * <ul>
 *   <li>POST /v2/check: LanguageTool's check API ({@link LanguageToolCheck});</li>
 *   <li>GET /v2/languages: the English variants, in LanguageTool's shape;</li>
 *   <li>POST /api/check: unspin's own JSON report ({@link ApiCheck});</li>
 *   <li>GET /health;</li>
 *   <li>GET / and the page's other files ({@link PageAssets}).</li>
 * </ul>
 * The two checks need the access token when the server has one; the rest never do.
 */
final class UnspinHandler extends Handler.Abstract {
    /** The API's paths and the one method each answers. */
    private static final Map<String, String> METHODS = Map.of("/v2/check", "POST", "/api/check", "POST",
            "/v2/languages", "GET", "/health", "GET");

    private final ServerSettings settings;
    private final LanguageToolCheck languageTool;
    private final ApiCheck api;
    private final AccessToken token;
    private final String version;
    private final Consumer<String> log;

    UnspinHandler(ServerSettings settings, LanguageToolCheck languageTool, ApiCheck api, String version, Consumer<String> log) {
        this.settings = settings;
        this.languageTool = languageTool;
        this.api = api;
        this.token = AccessToken.of(settings.token());
        this.version = version;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            route(request, response, callback);
        } catch (HttpProblem problem) {
            JsonReply.error(response, callback, problem.status(), problem.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.accept("unspin serve: " + request.getMethod() + " " + Request.getPathInContext(request) + " failed: " + e);
            JsonReply.error(response, callback, 500, "the server could not answer this request");
        }
        return true;
    }

    private void route(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        String allowed = METHODS.get(path);
        if (allowed == null) {
            asset(path, method, response, callback);
            return;
        }
        if (!allowed.equals(method) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            response.getHeaders().put(HttpHeader.ALLOW, allowed);
            throw new HttpProblem(405, path + " answers " + allowed + " only, not " + method);
        }
        switch (path) {
            case "/health" -> JsonReply.send(response, callback, 200, Health.of(version, settings));
            case "/v2/languages" -> JsonReply.send(response, callback, 200, EnglishVariant.languages());
            case "/v2/check" -> JsonReply.send(response, callback, 200, languageTool.answer(fields(request)));
            case "/api/check" -> JsonReply.send(response, callback, 200, JsonReply.JSON, api.answer(fields(request)));
            default -> throw new HttpProblem(404, "no such path: " + path);
        }
    }

    /** The request's fields, read within the size limit, the token checked. */
    private RequestFields fields(Request request) {
        byte[] body = RequestBody.read(request, settings.maxRequestBytes());
        RequestFields fields = RequestFields.parse(request.getHttpURI().getQuery(), request.getHeaders().get(HttpHeader.CONTENT_TYPE), body);
        token.check(request, fields);
        return fields;
    }

    private static void asset(String path, String method, Response response, Callback callback) {
        Optional<PageAssets.Asset> asset = PageAssets.find(path);
        if (asset.isEmpty()) {
            throw new HttpProblem(404, "no such path: " + path + " (the API: POST /v2/check, GET /v2/languages, POST /api/check, GET /health)");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            throw new HttpProblem(405, path + " answers GET only, not " + method);
        }
        response.getHeaders().put("Content-Security-Policy", PageAssets.CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        JsonReply.send(response, callback, 200, asset.get().contentType(), asset.get().bytes());
    }
}
