using System.CommandLine;
using Movement.Cli.Commands;
using Movement.Core.IO;

namespace Movement.Cli;

/// <summary>The commands and their options.</summary>
public static class CommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter error, IClock clock)
    {
        var root = new RootCommand("Movement builds a campaign movement's website and content API from Markdown and YAML.")
        {
            BuildCommand.Create(output, error, clock),
            CheckCommand.Create(output, error, clock),
            NewCommand.Create(output, error, clock),
            PreviewCommand.Create(output, error, clock),
        };
        return root;
    }
}
