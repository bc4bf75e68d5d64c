package org.ogplod.web.endpoint;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/** Drops the entity tag from error responses: a client must never revalidate an error into a 304. */
final class EtagOnSuccess extends HttpServletResponseWrapper {
    EtagOnSuccess(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int status) {
        dropEtagUnlessOk(status);
        super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
        dropEtagUnlessOk(status);
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        dropEtagUnlessOk(status);
        super.sendError(status, message);
    }

    private void dropEtagUnlessOk(int status) {
        if (status != 200 && !isCommitted()) {
            setHeader("ETag", null);
        }
    }
}
