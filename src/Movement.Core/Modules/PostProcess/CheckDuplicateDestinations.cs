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
            var sources = group.Select(d => d.Source ?? "(generated)").Order(StringComparer.Ordinal).ToList();
            var url = SitePath.UrlForOutputFile(group.Key);
            foreach (var source in sources.Where(s => s != "(generated)"))
            {
                var others = string.Join(", ", sources.Where(s => s != source));
                context.Diagnostics.Report(Diagnostic.Error("MV0301", new SourceLocation(source),
                    $"Two items claim the address {url}: this file and {others}.",
                    "Give one of them a different file name, or set a different 'slug:' in its front matter."));
            }
        }

        return Task.FromResult(inputs);
    }
}
