using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose.Policy;

public class RestartPolicyRuleTests
{
    [Fact]
    public void On_failure_without_a_limit_or_above_five_is_reported_at_the_value() =>
        RuleTest.Flags(RuleIds.RestartRetriesUnlimited, ("compose.yaml", """
            services:
              worker:
                image: example/worker:2.1
                restart: [|on-failure|]
              jobs:
                image: example/jobs:2.1
                restart: [|"on-failure:10"|]
                deploy:
                  restart_policy:
                    condition: [|on-failure|]
              api:
                image: example/api:2.1
                deploy:
                  restart_policy:
                    condition: on-failure
                    max_attempts: [|0|]
            """));

    [Fact]
    public void Five_or_fewer_retries_always_and_unless_stopped_pass() =>
        RuleTest.Passes(RuleIds.RestartRetriesUnlimited, ("compose.yaml", """
            services:
              worker:
                image: example/worker:2.1
                restart: on-failure:3
                deploy:
                  restart_policy:
                    condition: on-failure
                    max_attempts: 5
              api:
                image: example/api:2.1
                restart: unless-stopped
                deploy:
                  restart_policy:
                    condition: any
              db:
                image: postgres:16
                restart: always
            """));
}
