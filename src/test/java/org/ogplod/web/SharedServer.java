package org.ogplod.web;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a running server with the default settings ({@link TestServer#start()}): one for the whole test run,
 * shared by every class that asks for it, closed when the run ends. A class asks with
 * {@code @ExtendWith(SharedServer.class)} and a {@code TestServer} parameter of its {@code @BeforeAll} method; a
 * class that needs other settings, or that leaves slow queries or open connections behind, starts its own.
 */
public final class SharedServer implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A value in the root store that is AutoCloseable is closed when the whole run ends.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("defaults", key -> TestServer.start(),
                TestServer.class);
    }
}
