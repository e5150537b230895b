namespace Movement.Site.Settings;

public sealed record Topic(string Id, string Title, string Summary);
