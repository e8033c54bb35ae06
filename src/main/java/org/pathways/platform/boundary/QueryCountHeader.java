package org.pathways.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.platform.control.QueryCounter;

/**
 * With {@code pathways.diagnostics.query-count=true} (tests, benchmarks; off by default), every
 * response carries {@code X-Pathways-Queries}: the SQL statements its request sent. The response is
 * held until the end so that the header can be set; that costs memory, hence off by default.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class QueryCountHeader extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String HEADER = "X-Pathways-Queries";

  @Inject
  @ConfigProperty(name = "pathways.diagnostics.query-count", defaultValue = "false")
  boolean enabled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String accept = request.getHeader("Accept");
    if (!enabled || (accept != null && accept.contains("text/event-stream"))) {
      // An event stream never ends: holding it until the end would hold it for ever.
      chain.doFilter(request, response);
      return;
    }
    QueryCounter.reset();
    Held held = new Held(response);
    chain.doFilter(request, held);
    response.setHeader(HEADER, Integer.toString(QueryCounter.count()));
    held.release();
  }

  /** A response whose body is kept in memory until {@link #release()}. */
  private static final class Held extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    Held(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                // Writing to memory never blocks: the listener may write at once.
                try {
                  listener.onWritePossible();
                } catch (IOException e) {
                  listener.onError(e);
                }
              }

              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(body, charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      // held until release()
    }

    @Override
    public void setContentLength(int length) {
      // set on release
    }

    @Override
    public void setContentLengthLong(long length) {
      // set on release
    }

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void resetBuffer() {
      body.reset();
    }

    @Override
    public void reset() {
      super.reset();
      body.reset();
    }

    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (response.isCommitted() || body.size() == 0) {
        // A redirect or an error page answered directly: nothing of ours to send.
        return;
      }
      response.setContentLength(body.size());
      body.writeTo(response.getOutputStream());
      response.flushBuffer();
    }
  }
}
