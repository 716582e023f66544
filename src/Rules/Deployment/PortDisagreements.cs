using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>A place that states a service's port differently from the ports class: what it says, where, and the member that is the truth.</summary>
public sealed record PortDisagreement(PortAssignment Assignment, DeployedService Service, string Description, string Found, Location Location);

/// <summary>
/// Compares every place that states a service's port with the member of the ports class assigned to it. Single
/// places must each agree; a group (all EXPOSE ports of an image, all <c>ports:</c> entries) agrees when any one does.
/// </summary>
public static class PortDisagreements
{
    public static IReadOnlyList<PortDisagreement> Of(DeploymentModel model)
    {
        var result = new List<PortDisagreement>();
        foreach (var assignment in model.PortAssignments)
        {
            if (assignment.Service is not { } service) continue;
            var expected = assignment.Member.Value;
            var statements = PortStatements.Of(model, service);
            foreach (var single in statements.Where(s => s.Group is null && s.Value != expected))
                result.Add(new PortDisagreement(assignment, service, single.Description, single.Value.ToString(CultureInfo.InvariantCulture), single.Location));
            foreach (var group in statements.Where(s => s.Group is not null).GroupBy(s => (s.Group, s.Location.File)))
            {
                if (group.Any(s => s.Value == expected)) continue;
                var first = group.First();
                result.Add(new PortDisagreement(assignment, service, first.Description, string.Join(", ", group.Select(s => s.Value)), first.Location));
            }
        }
        return result;
    }
}
