using System.CommandLine;
using System.Text;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Site.Calendar;
using Movement.Site.Content;
using Movement.Site.Settings;

namespace Movement.Cli.Commands;

public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var input = new Option<string>("--input", "-i") { Description = "The input folder.", DefaultValueFactory = _ => "input" };
        var typeNames = ContentTypes.For(new SiteSettings()).All.Select(t => t.Name).ToArray();
        var type = new Argument<string>("type") { Description = $"The kind of content: {string.Join(", ", typeNames)}." };
        type.AcceptOnlyFromAmong(typeNames);
        var title = new Argument<string>("title") { Description = "Its title (or, for a member, the organisation's name), in quotes." };
        var command = new Command("new", "Create a content file with valid front matter in the right folder.") { type, title };
        command.Options.Add(input);
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = result.GetValue(input)!;
            var settings = LoadSiteSettings.From(new PhysicalFileSystem(folder), new DiagnosticBag(), null);
            var contentType = ContentTypes.For(settings).Named(result.GetValue(type)!)!;
            var (path, text) = NewContent.Create(contentType, result.GetValue(title)!, UkDate.Today(clock));
            var full = Path.Combine(folder, path);
            if (File.Exists(full))
            {
                await error.WriteLineAsync($"error: {Path.Combine(folder, path)} already exists.\n  hint: choose a different title, or edit the existing file.");
                return 1;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text, new UTF8Encoding(false), cancellationToken);
            await output.WriteLineAsync($"Created {Path.Combine(folder, path)}");
            return 0;
        });
        return command;
    }
}
