package org.coproduce.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.coproduce.testing.PostgresResource;

/**
 * A test OIDC server, real HTTP services behind the gateway, and a real PostgreSQL for the browser
 * sessions, for every test here.
 */
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BackendServicesResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SessionKeyResource.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {}
