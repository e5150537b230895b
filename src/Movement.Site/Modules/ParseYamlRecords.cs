using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Core.Yaml;

namespace Movement.Site.Modules;

/// <summary>Reads whole-YAML files (one member per file) into the same shape as Markdown front matter.</summary>
public sealed class ParseYamlRecords : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var path = document.Source ?? "";
            var text = TextNormalizer.Normalize(document.Text);
            if (text.StartsWith("---\n", StringComparison.Ordinal))
            {
                text = "\n" + text[4..]; // Authors used to front matter often start with '---'; keep the line count.
            }

            if (YamlLoader.LoadMapping(text, path, 1, context.Diagnostics) is { } mapping)
            {
                result.Add(document.With(CoreKeys.FrontMatter, YamlToRaw.Convert(mapping, path, 1)));
            }
        }

        return Task.FromResult(result.ToImmutable());
    }
}
