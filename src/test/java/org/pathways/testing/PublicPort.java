package org.pathways.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;

/**
 * A port on 127.0.0.1 opened before the platform is deployed, that passes every connection on, byte
 * for byte, to the deployed platform once its port is known: the public address of a browser test
 * whose redirects go through the browser (a provider sends the browser back to {@code
 * pathways.public-url}). Arquillian picks the platform's port at deployment, after the settings are
 * written into the WAR, so the settings name this port instead. The Host header the platform sees
 * is then the public address's own, as behind a plain TCP load balancer.
 */
public final class PublicPort implements AutoCloseable {

  private final ServerSocket listener;
  private volatile Target target;

  private record Target(String host, int port) {}

  private PublicPort(ServerSocket listener) {
    this.listener = listener;
  }

  /** Listens at once; connections before {@link #forwardTo} are closed unanswered. */
  public static PublicPort open() {
    try {
      PublicPort port = new PublicPort(new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1")));
      daemon("public-port-accept", port::accept);
      return port;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address to give the platform as {@code pathways.public-url}, without a trailing slash. */
  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Passes connections on to the server of {@code base} from now on. */
  public void forwardTo(URL base) {
    target = new Target(base.getHost(), base.getPort());
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Target to = target;
        if (to == null) {
          client.close();
          continue;
        }
        Socket server = new Socket(to.host(), to.port());
        daemon("public-port-in", () -> pump(client, server));
        daemon("public-port-out", () -> pump(server, client));
      } catch (IOException e) {
        // The listener was closed, or one connection failed: the browser sees it as such.
      }
    }
  }

  /** Copies one direction until it ends, then closes both sides (HTTP needs no half-close). */
  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16 * 1024];
      for (int read; (read = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // The other direction closed the sockets, or a side hung up.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }
}
