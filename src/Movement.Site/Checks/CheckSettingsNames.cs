using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Core.Text;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Settings;

namespace Movement.Site.Checks;

/// <summary>
/// The settings that name content (featured_brief, current_awareness_week) must name published content:
/// otherwise the home page quietly features something else.
/// </summary>
public sealed class CheckSettingsNames(SiteSettings settings) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var all = context.AllOutputs();
        var items = all.Select(d => d.Get(SiteKeys.Item)).OfType<ContentItem>().ToList();
        var heldBack = all.Where(d => d.Has(SiteKeys.HeldBack) && d.Has(CoreKeys.Url))
            .GroupBy(d => d.Require(CoreKeys.Url), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Require(SiteKeys.HeldBack), StringComparer.Ordinal);
        // A file that could not be read is reported at the file; naming it is not a second mistake.
        var unreadable = all.Where(d => d.Has(SiteKeys.Unreadable) && d.Has(CoreKeys.Url)).Select(d => d.Require(CoreKeys.Url)).ToHashSet(StringComparer.Ordinal);

        if (settings.FeaturedBrief is { } brief)
        {
            Check("featured_brief", brief, "brief", $"/briefs/{brief}/", items.OfType<PolicyBrief>().Select(b => b.Slug), heldBack, unreadable, context.Diagnostics,
                "Write the slug of a published brief: its file name without .md, e.g. featured_brief: five-calls for input/briefs/five-calls.md.");
        }

        if (settings.CurrentAwarenessWeek is { } year)
        {
            Check("current_awareness_week", year, "awareness week", $"/awareness-week/{year}/", items.OfType<AwarenessWeek>().Select(w => w.Year), heldBack, unreadable, context.Diagnostics,
                "Write the year of a week that has a folder input/awareness-week/<year>/index.md, or remove the line to feature the next week by its dates.");
        }

        return Task.FromResult(inputs);
    }

    private void Check(string setting, string name, string kind, string url, IEnumerable<string> published, Dictionary<string, string> heldBack, HashSet<string> unreadable, IDiagnostics diagnostics, string hint)
    {
        var names = published.ToList();
        if (names.Contains(name, StringComparer.Ordinal) || unreadable.Contains(url))
        {
            return;
        }

        var reason = heldBack.GetValueOrDefault(url);
        diagnostics.Report(Diagnostic.Error(setting == "featured_brief" ? DiagnosticCodes.UnknownFeaturedBrief : DiagnosticCodes.UnknownCurrentWeek, settings.LocationOf(setting),
            reason is null ? $"'{setting}' names the {kind} '{name}', which does not exist." : $"'{setting}' names the {kind} '{name}', which is not published ({reason}).",
            $"{hint}{Suggestions.DidYouMean(name, names)}{(names.Count is > 0 and <= 12 ? $" There are: {string.Join(", ", names.Order(StringComparer.Ordinal))}." : "")}"));
    }
}
