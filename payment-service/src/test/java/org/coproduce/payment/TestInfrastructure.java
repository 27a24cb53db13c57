package org.coproduce.payment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.coproduce.testing.PostgresResource;
import org.coproduce.testing.SharedKafkaResource;

/**
 * Real PostgreSQL (the service connecting as its own role, migrations as the owner), the build's
 * Kafka broker, a test OIDC server and a bank details key of the run for every test here.
 */
@WithTestResource(
    value = PostgresResource.class,
    scope = TestResourceScope.GLOBAL,
    initArgs = @ResourceArg(name = PostgresResource.SERVICE_ROLE, value = "coproduce_payment"))
@WithTestResource(value = SharedKafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BankDetailsKeyResource.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {}
