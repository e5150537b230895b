using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Modules;
using Movement.Core.Pipelines;
using Movement.Site.Caching;
using Movement.Site.Content;
using Movement.Site.Modules;

namespace Movement.Site.Pipelines;

/// <summary>The usual shape of a Markdown content type: read its files, parse and validate, render each page.</summary>
public abstract class ContentPipeline : Pipeline
{
    protected ContentPipeline(string name, SiteContext site, IReadOnlyList<ContentType> types,
        Func<ImmutableArray<Document>, IExecutionContext, Func<ContentItem, object>>? views = null)
        : base(name)
    {
        Read.Add(new ReadFiles(types.SelectMany(t => Languages.TranslationFiles.PatternsWithTranslations(t.Pattern)).ToArray()));
        // Each of these steps looks at one document at a time, so the preview can keep their outcome per document.
        IModule[] steps =
        [
            new DecodeText(),
            new ParseFrontMatter(),
            .. types.Select(type => new ParseContent(type, site.Settings, site.IncludeDrafts)),
            new RenderMarkdown(site.Types, site.Settings, site.Markdown),
        ];
        Parse.Add(new NoteUnreadableFiles(new RememberEachDocument(name, steps, site.Caches), types));
        // In Parse, as the other pipelines' Render sees this one's Parse: listings, search and the API name translations too.
        Parse.Add(new Languages.PairTranslations());

        DependsOn([.. site.Types.PipelinesLinkedTo(types)]);
        Render.Add(new CheckReferences(site.Types));
        Render.Add(new Languages.CheckTranslations(site));
        Render.Add(new RenderPages(site, views));
    }
}
