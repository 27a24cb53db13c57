package org.coproduce.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of another JVM on this machine, read over JMX: the process's local management agent is
 * started through the attach API, so no port is opened. A measurement collects garbage, resets the
 * heap pools' peaks, and afterwards reads how far above that baseline the heap went.
 */
final class HeapProbe implements AutoCloseable {
  private final JMXConnector connector;
  private final MemoryMXBean memory;
  private final List<MemoryPoolMXBean> heapPools;

  HeapProbe(long pid) throws IOException {
    String address;
    try {
      VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
    } catch (com.sun.tools.attach.AttachNotSupportedException e) {
      throw new IOException("Cannot attach to process " + pid, e);
    }
    connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
    MBeanServerConnection server = connector.getMBeanServerConnection();
    memory =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    heapPools =
        ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
  }

  /** Heap use over a piece of work: the baseline after a full collection, and the peak. */
  record Use(long baselineBytes, long peakBytes, long oldPeakBytes, long oldBaselineBytes) {
    long peakAboveBaseline() {
      return peakBytes - baselineBytes;
    }

    long oldGrowth() {
      return oldPeakBytes - oldBaselineBytes;
    }
  }

  interface Work {
    void run() throws Exception;
  }

  Use measure(Work work) throws Exception {
    memory.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    long oldBaseline = oldPool().getUsage().getUsed();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    work.run();
    long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new Use(baseline, peak, oldPool().getPeakUsage().getUsed(), oldBaseline);
  }

  /** The tenured pool (G1 Old Gen, Tenured Gen, ...): what survives young collections. */
  private MemoryPoolMXBean oldPool() {
    return heapPools.stream()
        .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No old generation pool"));
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
