using System.CommandLine;

namespace Movement.Cli.Commands;

/// <summary>Options that build and check share, so they mean the same in both.</summary>
public sealed class SharedOptions
{
    public Option<string> Input { get; } = new("--input", "-i")
    {
        Description = "The folder with site.yml and the content folders.",
        DefaultValueFactory = _ => "input",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The address the site will be served at, overriding site.yml's base_url (e.g. a deploy preview's).",
    };

    public Option<bool> Drafts { get; } = new("--drafts")
    {
        Description = "Also publish drafts and items dated in the future.",
    };

    public Option<bool> Timings { get; } = new("--timings")
    {
        Description = "Also print the documents and milliseconds of each pipeline and phase.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Timings);
    }
}
