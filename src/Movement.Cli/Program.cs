using Movement.Core.IO;

namespace Movement.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, BuildClock.From(Environment.GetEnvironmentVariable(BuildClock.Variable)));

    /// <summary>The whole command line, with its output and clock given: tests call this directly and in parallel.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IClock clock) =>
        CommandLine.Create(output, error, clock).Parse(args).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
}
