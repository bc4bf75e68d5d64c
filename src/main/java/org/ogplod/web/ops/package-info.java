/** Operations: {@code /health} and {@code /metrics} (Prometheus text), with the latency histograms behind them. */
package org.ogplod.web.ops;
