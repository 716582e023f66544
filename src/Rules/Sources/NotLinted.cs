namespace RedFire.Lint.Sources;

/// <summary>
/// Why a file was not linted (completing "… was not linted: …") and what the user can do about it: the help
/// follows the reason, since "save it as UTF-8" is no fix for a FIFO or a link out of the tree.
/// </summary>
public sealed record NotLinted(string Reason, string Help)
{
    /// <summary>How a finding at the file itself begins.</summary>
    public string Lead { get; private init; } = "The file was not linted";

    private const string Exclude = "leave it out with \"exclude\" in .redfire-lint.json";

    public static NotLinted Missing { get; } = new("it does not exist", "Correct the path, or create the file.");

    public static NotLinted Directory { get; } = new("it is a directory", "Name a file, not a folder.");

    public static NotLinted Special { get; } = new(
        "it is not a regular file (a FIFO, a device or a socket), so reading it could block or never end",
        $"Replace it with a regular file, or {Exclude}.");

    public static NotLinted NotText { get; } = new(
        "it contains NUL bytes, so it is not text (a binary file, or UTF-16)",
        $"Save it as UTF-8 text, or {Exclude}.");

    public static NotLinted CouldNotRead { get; } = new(
        "it could not be read",
        $"Make it readable by the user running the linter, or {Exclude}.");

    public static NotLinted OutsideRoot { get; } = new(
        "it is outside the linted directory",
        "Lint a directory that holds it, or set \"readOutsideRoot\": true in .redfire-lint.json to read files outside the linted directory.");

    public static NotLinted LinkOutside { get; } = new(
        "it is a symbolic link to a file outside the linted directory, so it was not followed",
        "Lint the directory the link points into, or set \"readOutsideRoot\": true in .redfire-lint.json to follow links out of the linted directory.");

    /// <summary>Directory links are never followed (that would revisit folders, or loop); one leading out of the tree hides files, so it is said.</summary>
    public static NotLinted FolderLinkOutside { get; } = new(
        "it is a symbolic link to a folder outside the linted directory",
        "Name the folder it points to on the command line to lint it too.") { Lead = "The folder was not searched" };

    private const string FixCSharp = "Fix the syntax errors the compiler reports in it; it is read again once it compiles.";

    public static NotLinted ParseTooSlow { get; } = new("parsing it took over 10 seconds (the C# parser backtracks on some broken files)", FixCSharp);

    /// <summary>A C# file that cannot compile, and on which the parser could backtrack for minutes.</summary>
    public static NotLinted UnclosedBrackets(int count) => new($"it leaves {count} '(' or '[' unclosed, so it cannot compile", FixCSharp);

    /// <param name="length">The size the file claims, when it was known before reading.</param>
    public static NotLinted TooLarge(long? length) => new(
        length is { } bytes
            ? $"it is {bytes} bytes, over the {SourceFile.MaxBytes}-byte limit for a deployment file"
            : $"it is over the {SourceFile.MaxBytes}-byte limit for a deployment file",
        $"Split it, or {Exclude}: a file this large is generated, or not a deployment file.");
}
