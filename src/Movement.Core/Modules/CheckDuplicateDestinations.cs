using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;

namespace Movement.Core.Modules;

/// <summary>Reports two documents that would be written to the same file: one would silently replace the other.</summary>
public sealed class CheckDuplicateDestinations : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var claims = context.AllOutputs()
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in claims)
        {
            // One report per clash, at every claimant after the first, so one mistake gives one error. Items
            // that chose their address with 'slug:' go last: the slug line is where the fix is made.
            var claimants = group
                .OrderBy(d => d.Has(CoreKeys.UrlClaim))
                .ThenBy(d => d.Source is null ? 0 : 1)
                .ThenBy(d => d.Source, StringComparer.Ordinal)
                .ToList();
            var first = claimants[0].Source ?? "one of the site's own pages";
            var url = SitePath.UrlForOutputFile(group.Key);
            foreach (var claimant in claimants.Skip(1))
            {
                var location = claimant.Get(CoreKeys.UrlClaim) ?? new SourceLocation(claimant.Source ?? claimants[0].Source ?? "(generated)");
                var copied = IsCopiedFile(claimant);
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateAddress, location,
                    copied ? $"This file would be published at {url}, which {first} already has." : $"This item claims the address {url}, which {first} already has.",
                    claimant.Get(CoreKeys.UrlClaimFix) ?? (copied
                        ? "Rename or move this file: it is published at its own path, so it cannot share it."
                        : "Give one of them a different file name, or set a different 'slug:' in its front matter.")));
            }
        }

        return Task.FromResult(inputs);
    }

    /// <summary>A file published as it is (a PDF, a picture, a JSON file), which has no front matter to set a slug in.</summary>
    private static bool IsCopiedFile(Document document) =>
        document.Source is { } source && source == document.Destination;
}
