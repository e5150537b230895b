using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Core.Text;

namespace Movement.Site.Content.Briefs;

/// <summary>Reports 'related' entries that name no brief.</summary>
public sealed class CheckRelatedBriefs : IModule
{
    // The pipeline also reads the tracker's files, whose names are not briefs.
    private static readonly Glob Briefs = new("briefs/*.md");

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var slugs = inputs.Where(d => Briefs.IsMatch(d.Source ?? "")).Select(d => d.Get(SiteKeys.Item)?.Slug ?? Path.GetFileNameWithoutExtension(d.Source ?? "")).ToHashSet(StringComparer.Ordinal);
        foreach (var document in inputs.Where(d => d.Get(SiteKeys.Item) is PolicyBrief))
        {
            var brief = (PolicyBrief)document.Require(SiteKeys.Item);
            foreach (var related in brief.Related.Where(r => !slugs.Contains(r)))
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownRelatedBrief, document.Require(SiteKeys.Fields).LocationOf("related"),
                    $"'related' names a brief '{related}' that does not exist.{Suggestions.DidYouMean(related, slugs)}",
                    "Use the file name of the other brief without '.md', e.g. related: [five-calls]."));
            }
        }

        return Task.FromResult(inputs);
    }
}
