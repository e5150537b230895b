using Movement.Core.Modules;
using Movement.Core.Pipelines;
using Movement.Site.Caching;
using Movement.Site.Modules;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.Members;

/// <summary>Member organisations from one YAML file each and from the spreadsheet export.</summary>
public sealed class MembersPipeline : Pipeline
{
    public MembersPipeline(SiteContext site)
        : base(MemberType.PipelineName)
    {
        Read.Add(new ReadFiles(MemberType.YamlFiles, MemberType.CsvFile));
        var yaml = new NoteUnreadableFiles(new RememberEachDocument("members-files", [new DecodeText(), new ParseYamlRecords()], site.Caches), [site.Types.Require(MemberType.Name)]);
        Parse.Add(new ApplyToSome(d => !ParseMembersCsv.IsSheet(d), yaml));
        Parse.Add(new ParseMembersCsv());
        Parse.Add(new RememberEachDocument("members-records", [new ParseContent(site.Types.Require(MemberType.Name), site.Settings, site.IncludeDrafts), new RenderMarkdown(site.Types, site.Settings, site.Markdown)], site.Caches));
        DependsOn([.. site.Types.PipelinesLinkedTo([site.Types.Require(MemberType.Name)])]);
        Render.Add(new CheckReferences(site.Types));
        Render.Add(new RenderPages(site));
    }
}
