using System.Linq;
using RedFire.Lint.Rules;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

public class ComposeSchemaTests
{
    [Fact]
    public void Every_violation_is_reported_at_its_key_with_what_was_expected()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", """
            services:
              web:
                image: nginx
                enviroment:
                  A: 1
                ports: 8080
                depends_on:
                  db:
                    condition: service_ready
              db:
                image: [postgres]
            volumes:
              data:
                driverr: local
            """));
        var errors = ComposeTestHost.Errors(result, RuleIds.ComposeSchema);
        Assert.True(errors.Length == 5, ComposeTestHost.Describe(result));
        Assert.Contains(errors, e => e.Location.Line == 4 && e.Location.Column == 5 && e.Message.Contains("Property 'enviroment' is not allowed in services.web.") && e.Help.Contains("Did you mean 'environment'?"));
        Assert.Contains(errors, e => e.Location.Line == 6 && e.Location.Column == 5 && e.Message.Contains("'services.web.ports' is an integer '8080': expected a list."));
        Assert.Contains(errors, e => e.Location.Line == 9 && e.Message.Contains("'services.web.depends_on.db.condition' is 'service_ready': expected one of 'service_started', 'service_healthy', 'service_completed_successfully'."));
        Assert.Contains(errors, e => e.Location.Line == 11 && e.Message.Contains("'services.db.image' is a list: expected a string."));
        Assert.Contains(errors, e => e.Location.Line == 14 && e.Message.Contains("Property 'driverr' is not allowed"));
    }

    [Fact]
    public void Interpolated_and_quoted_values_pass_typed_fields()
    {
        var result = ComposeTestHost.Lint(("compose.yaml", """
            services:
              web:
                image: nginx
                scale: ${REPLICAS:-1}
                privileged: ${PRIV:-false}
                ports: ["${PORT:-80}:80", 443]
                x-anything: {deep: [1]}
                healthcheck:
                  test: curl -f http://localhost
                  retries: 3
                deploy:
                  resources:
                    limits: {cpus: '0.5', memory: 50M}
                ulimits:
                  nofile: {soft: 1, hard: 2}
            x-common: &c {a: 1}
            """));
        Assert.True(ComposeTestHost.Errors(result, RuleIds.ComposeSchema).Length == 0, ComposeTestHost.Describe(result));
    }
}
