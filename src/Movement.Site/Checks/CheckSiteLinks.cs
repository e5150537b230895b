using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Modules;
using Movement.Core.Pipelines;

namespace Movement.Site.Checks;

/// <summary>
/// The core link check, told which addresses are missing only because their page is a draft or scheduled, or
/// because its file could not be read or was refused (reported once, at the file).
/// </summary>
public sealed class CheckSiteLinks : IModule
{
    /// <summary>Links the settings put on every page (the navigation): checked once each, at their line in site.yml.</summary>
    public IReadOnlyList<Core.Markdown.LinkReference> SettingsLinks { get; init; } = [];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var reasons = context.AllOutputs()
            .Where(d => d.Has(SiteKeys.HeldBack) && d.Has(CoreKeys.Url))
            .GroupBy(d => d.Require(CoreKeys.Url), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Require(SiteKeys.HeldBack), StringComparer.Ordinal);
        var unreadable = context.AllOutputs()
            .Where(d => d.Has(SiteKeys.Unreadable) && d.Has(CoreKeys.Url) && d.Source is not null)
            .GroupBy(d => d.Require(CoreKeys.Url), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Source!, StringComparer.Ordinal);
        foreach (var refused in context.Input.ListRefusedFiles())
        {
            unreadable.TryAdd("/" + refused.Path, refused.Path); // A file too large or a link not followed: its error says so.
        }

        var check = new CheckLinks
        {
            SiteWideLinks = SettingsLinks,
            Explain = url => reasons.GetValueOrDefault(url) ?? reasons.GetValueOrDefault(url + "/"),
            Unreadable = unreadable.GetValueOrDefault,
        };
        return check.ExecuteAsync(inputs, context);
    }
}
