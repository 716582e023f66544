using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

/// <summary>A file that two projects include is checked in each, and reported once.</summary>
public class SharedFileFindingTests
{
    [Fact]
    public void A_finding_in_a_file_two_projects_include_is_reported_once()
    {
        RuleTest.Flags(RuleIds.DuplicatePublishedPort,
            ("shop/compose.yaml", "include:\n  - ../common/compose.yml\nservices:\n  shop:\n    image: shop/web:2.1\n"),
            ("admin/compose.yaml", "include:\n  - ../common/compose.yml\nservices:\n  admin:\n    image: shop/admin:2.1\n"),
            ("common/compose.yml", "services:\n  proxy:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  metrics:\n    image: grafana/grafana:11.2.0\n    ports: [\"[|8080|]:3000\"]\n"));
    }
}
