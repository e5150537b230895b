using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;

namespace Movement.Core.Modules.PostProcess;

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
            // One report per clash, at every claimant after the first, so one mistake gives one error.
            var sources = group.Select(d => d.Source ?? "(generated)").Order(StringComparer.Ordinal).ToList();
            var url = SitePath.UrlForOutputFile(group.Key);
            foreach (var source in sources.Skip(1))
            {
                context.Diagnostics.Report(Diagnostic.Error("MV0301", new SourceLocation(source.StartsWith('(') ? sources[0] : source),
                    $"This item claims the address {url}, which {sources[0]} already has.",
                    "Give one of them a different file name, or set a different 'slug:' in its front matter."));
            }
        }

        return Task.FromResult(inputs);
    }
}
