package org.coproduce.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A test OIDC server, and real HTTP services behind the gateway, for every test here. */
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BackendServicesResource.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {}
