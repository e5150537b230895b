using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Movement.Cli.Preview;
using Movement.Core.IO;

namespace Movement.Cli.Commands;

public static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var shared = new SharedOptions();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to serve the preview on (0 picks a free one).",
            DefaultValueFactory = _ => 5080,
        };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. The preview is only for this machine (127.0.0.1) unless you give another, such as 0.0.0.0 for every network.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("preview", "Build the site, serve it on this machine, and rebuild and reload open pages whenever input/ or the theme's files change.");
        shared.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = result.GetValue(shared.Input)!;
            if (InputFolder.Problem(input, null) is { } problem)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }

            var hostName = result.GetValue(host)!;
            if (!IPAddress.TryParse(hostName == "localhost" ? "127.0.0.1" : hostName, out var address))
            {
                await error.WriteLineAsync($"error: '{hostName}' is not an IP address to listen on.\n  hint: leave --host out for this machine only, or give an address such as 0.0.0.0.");
                return 1;
            }

            var themeAssets = ThemeSource.FindAssets(input, Environment.CurrentDirectory);
            var settings = new PreviewSettings(input, result.GetValue(shared.BaseUrl), result.GetValue(shared.Drafts), address, result.GetValue(port), themeAssets);
            PreviewHost preview;
            try
            {
                preview = await PreviewHost.StartAsync(settings, clock, output, error, cancellationToken);
            }
            catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await error.WriteLineAsync($"error: port {settings.Port} on {address} is already in use.\n  hint: stop the other server, or give another port with --port.");
                return 1;
            }

            await using (preview)
            {
                var watched = themeAssets is null ? input : $"{input} and {Path.GetRelativePath(Environment.CurrentDirectory, themeAssets)}";
                await output.WriteLineAsync($"Preview at {preview.Origin}/ (watching {watched}). Press Ctrl+C to stop.");
                if (!IPAddress.IsLoopback(address))
                {
                    await output.WriteLineAsync($"Listening on {address}: other machines on the network can open this preview.");
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    await output.WriteLineAsync("Preview stopped.");
                }
            }

            return 0;
        });
        return command;
    }
}
