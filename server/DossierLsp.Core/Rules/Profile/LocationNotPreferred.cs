using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class LocationNotPreferred : Rule
{
    public override string Id => "location-not-preferred";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "The location is not among your preferred locations.";
    public override string Description => "When your profile lists `preferredLocations`, the location field should mention one of them (case-insensitive substring: `Remote` matches `Remote - US`). Silent when the profile lists none.";
    public override string Example => "- **Location**: Austin, TX   (with preferredLocations: [Remote, New York])";
    public override string Fix => "Nothing to fix if you accept the location; otherwise reconsider the application.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.Profile.PreferredLocations is not { Value.Count: > 0 } preferred || document.FieldWithRole(FieldRole.Location) is not { IsEmpty: false } field)
        {
            return;
        }
        string location = field.Text;
        if (!preferred.Value.Any(p => location.Contains(p.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            context.Report(field.ValueSpan, $"location '{location}' is not among your preferred locations: {Quote.List(preferred.Value)}");
        }
    }
}
