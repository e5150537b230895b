using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Core.Text;
using Movement.Site.Content;

namespace Movement.Site.Modules;

/// <summary>
/// Reports a reference field that names no item of its type (an event's organiser that is not a member). An item
/// held back as a draft still counts, so naming it is not an error; its page just does not link yet.
/// </summary>
public sealed class CheckReferences(ContentTypes types) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> SlugsOf(ContentType type)
        {
            if (!known.TryGetValue(type.Name, out var slugs))
            {
                var files = new Glob(type.Pattern);
                var documents = type.PipelineName == context.PipelineName ? inputs : context.OutputsOf(type.PipelineName);
                slugs = documents
                    .Select(d => d.Get(SiteKeys.Item) is { } item ? (item.Kind == type.Name ? item.Slug : null)
                        : d.Source is { } source && files.IsMatch(source) ? type.DefaultSlug(source) : null)
                    .OfType<string>()
                    .ToHashSet(StringComparer.Ordinal);
                known[type.Name] = slugs;
            }

            return slugs;
        }

        foreach (var document in inputs)
        {
            if (document.Get(SiteKeys.Item) is not { } item || document.Get(SiteKeys.Fields) is not { } fields || types.Named(item.Kind) is not { } type)
            {
                continue;
            }

            foreach (var reference in type.References)
            {
                var target = types.Require(reference.Type);
                if (fields.Text(reference.Field) is { } slug && !SlugsOf(target).Contains(slug))
                {
                    context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownReference, fields.LocationOf(reference.Field),
                        $"'{reference.Field}' names {Article(target.Label)} '{slug}' that does not exist.{Suggestions.DidYouMean(slug, SlugsOf(target))}",
                        $"Give the name of its file in {target.PagePattern} without the extension (the last part of its page's address)."));
                }
            }
        }

        return Task.FromResult(inputs);
    }

    private static string Article(string label) => ("aeiou".Contains(char.ToLowerInvariant(label[0])) ? "an " : "a ") + label.ToLowerInvariant();
}
