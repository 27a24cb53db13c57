package org.coproduce.payment;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.coproduce.testing.PostgresResource;
import org.coproduce.testing.SharedKafkaResource;

/**
 * Real PostgreSQL, the build's Kafka broker, a test OIDC server and a bank details key of the run
 * for every test here.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SharedKafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BankDetailsKeyResource.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {}
