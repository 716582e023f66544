using System;
using System.IO;
using System.Linq;

namespace RedFire.Lint.Sources;

/// <summary>Decides a file's <see cref="FileKind"/> from its name (and, for nginx, its folder).</summary>
public static class FileClassifier
{
    public static FileKind Classify(string path)
    {
        var name = Path.GetFileName(path);
        var lower = name.ToLowerInvariant();
        var extension = Path.GetExtension(lower);

        if (lower == "dockerfile" || lower.StartsWith("dockerfile.", StringComparison.Ordinal) || extension == ".dockerfile")
            return FileKind.Dockerfile;
        if (lower == ".dockerignore" || lower.EndsWith(".dockerignore", StringComparison.Ordinal))
            return FileKind.DockerIgnore;
        if (IsCompose(lower))
            return FileKind.Compose;
        if (lower == ".env" || lower.StartsWith(".env.", StringComparison.Ordinal) || extension == ".env")
            return FileKind.Env;
        if (extension == ".cs")
            return FileKind.CSharp;
        if (lower == "nginx.conf" || (extension == ".conf" && IsUnderNginxFolder(path)))
            return FileKind.Nginx;
        return FileKind.Other;
    }

    private static bool IsCompose(string lower)
    {
        var extension = Path.GetExtension(lower);
        if (extension != ".yml" && extension != ".yaml") return false;
        var stem = Path.GetFileNameWithoutExtension(lower);
        return stem == "compose" || stem == "docker-compose"
            || stem.StartsWith("compose.", StringComparison.Ordinal) || stem.StartsWith("docker-compose.", StringComparison.Ordinal)
            || stem.StartsWith("compose-", StringComparison.Ordinal) || stem.StartsWith("docker-compose-", StringComparison.Ordinal);
    }

    /// <summary>Servers that keep their own <c>conf.d</c> folder of <c>*.conf</c> files in a syntax that is not nginx's.</summary>
    private static readonly string[] OtherServers =
        ["dovecot", "postfix", "apache", "apache2", "httpd", "php", "php-fpm", "mysql", "mariadb", "rspamd", "unbound", "supervisor", "sogo", "clamav", "fail2ban", "redis"];

    private static bool IsUnderNginxFolder(string path)
    {
        var normalized = path.Replace('\\', '/').ToLowerInvariant();
        if (normalized.Contains("nginx/")) return true;
        if (!normalized.Contains("/conf.d/") && !normalized.StartsWith("conf.d/", StringComparison.Ordinal)) return false;
        var folders = normalized.Split('/');
        return !folders.Take(folders.Length - 1).Any(folder => Array.IndexOf(OtherServers, folder) >= 0);
    }
}
