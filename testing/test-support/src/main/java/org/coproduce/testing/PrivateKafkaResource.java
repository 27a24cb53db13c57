package org.coproduce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Gives a test profile a broker of its own, injected into a field annotated {@link Broker}, so the
 * test can stop and start it without disturbing the shared broker.
 */
public class PrivateKafkaResource implements QuarkusTestResourceLifecycleManager {
  private final PrivateKafkaBroker broker = new PrivateKafkaBroker();

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Broker {}

  /** Started after the shared-broker resource, so its address is the one the service gets. */
  @Override
  public int order() {
    return 1000;
  }

  @Override
  public Map<String, String> start() {
    broker.start();
    return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        broker, new TestInjector.AnnotatedAndMatchesType(Broker.class, PrivateKafkaBroker.class));
  }

  @Override
  public void stop() {
    broker.stop();
  }
}
