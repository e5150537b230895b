using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Core.Yaml;

namespace Movement.Core.Modules;

/// <summary>
/// Splits Markdown files into front matter and body. Documents whose front matter is missing or broken
/// are reported and dropped; the rest carry the front matter as raw values with positions.
/// </summary>
public sealed class ParseFrontMatter : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(EachDocument.InParallel(inputs, context.CancellationToken, document => Split(document, context)));

    private static Document? Split(Document document, IExecutionContext context)
    {
        var path = document.Source ?? "";
        var split = FrontMatter.Split(document.Text);
        if (split.Unclosed)
        {
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(path, 1, 1), "The front matter is opened with '---' but never closed.",
                "Add a line with just '---' after the last setting, before the text of the page."));
            return null;
        }

        if (!split.Present)
        {
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(path, 1, 1), "This file has no front matter.",
                "Start the file with a line '---', then settings such as 'title: ...', then another '---' line."));
            return null;
        }

        var mapping = YamlLoader.LoadMapping(split.Yaml!, path, split.YamlFirstLine, context.Diagnostics);
        if (mapping is null)
        {
            return null;
        }

        return document
            .With(CoreKeys.FrontMatter, YamlToRaw.Convert(mapping, path, split.YamlFirstLine))
            .With(CoreKeys.Body, split.Body)
            .With(CoreKeys.BodyFirstLine, split.BodyFirstLine);
    }
}
