package org.plenary.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.PlenaryProcess;
import org.plenary.web.it.TestServer;

/**
 * {@code plenary.jar} as README starts it talks to nothing but loopback unless told otherwise. A
 * single node runs no data grid and accepts no connection on the machine's other addresses. A
 * cluster node's grid binds the interface named (loopback by default), and neither Payara nor
 * Hazelcast phones home: Hazelcast's own phone-home (phonehome.hazelcast.com, at start and then
 * daily) is not covered by Payara's {@code --disablephonehome}. The same on either database, so
 * once, on PostgreSQL.
 */
class NetworkSafetyOnPostgresIT {
  private static final Pattern GRID_ADDRESS =
      Pattern.compile("This: true .*Address: /([^:\\s]+):(\\d+)");

  @Test
  void aSingleNodeRunsNoGridAndListensOnLoopbackOnly() throws IOException {
    String log = Files.readString(TestServer.log(), StandardCharsets.UTF_8);
    assertTrue(log.contains("Disabled Phone Home"), "Payara's phone-home is disabled");
    assertFalse(GRID_ADDRESS.matcher(log).find(), "a single node starts no data grid");
    assertOnlyOnLoopback(TestServer.url().getPort());
  }

  @Test
  void aClusterNodesGridBindsLoopbackAndNeverPhonesHome() throws Exception {
    int gridPort = freePort();
    PlenaryProcess node =
        PlenaryProcess.start(
            "grid-node",
            Map.of(
                "PLENARY_CLUSTER_MEMBERS", "127.0.0.1:" + gridPort,
                "PLENARY_CLUSTER_PORT", String.valueOf(gridPort),
                "PLENARY_CLUSTER_NAME", "network-safety-" + UUID.randomUUID()));
    try {
      String log = Files.readString(node.log(), StandardCharsets.UTF_8);
      Matcher grid = GRID_ADDRESS.matcher(log);
      assertTrue(grid.find(), "the node's log shows its data-grid address");
      assertEquals("127.0.0.1:" + gridPort, grid.group(1) + ":" + grid.group(2));
      assertTrue(log.contains("Disabled Phone Home"), "Payara's phone-home is disabled");
      String properties = systemPropertiesOf(node.pid());
      assertTrue(
          properties.lines().anyMatch("hazelcast.phone.home.enabled=false"::equals),
          "Hazelcast's phone-home is disabled in the node's JVM");
      assertTrue(properties.lines().anyMatch("hazelcast.socket.bind.any=false"::equals));
      assertOnlyOnLoopback(node.url().getPort(), gridPort);
    } finally {
      node.stop();
    }
  }

  private static void assertOnlyOnLoopback(int... ports) throws IOException {
    for (int port : ports) {
      try (Socket reachable = new Socket()) {
        reachable.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      }
    }
    List<InetAddress> others = otherAddresses();
    // A runner with nothing but loopback has no other address to try.
    assumeFalse(others.isEmpty(), "this machine has an address besides loopback to try");
    for (InetAddress address : others) {
      for (int port : ports) {
        assertThrows(
            IOException.class,
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2_000);
              }
            },
            "nothing accepts connections on " + address + ":" + port);
      }
    }
  }

  private static List<InetAddress> otherAddresses() throws SocketException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .toList();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String systemPropertiesOf(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.system_properties")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
