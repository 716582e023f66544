using System;

namespace RedFire.Lint.Deployment;

/// <summary>What a USER or compose <c>user:</c> value means.</summary>
public static class Users
{
    /// <summary><c>root</c>, <c>0</c>, <c>0:0</c>, <c>root:staff</c>, Windows' <c>ContainerAdministrator</c>.</summary>
    public static bool IsRoot(string user)
    {
        var name = user.Trim();
        var colon = name.IndexOf(':');
        if (colon >= 0) name = name.Substring(0, colon);
        return name is "root" or "0" || string.Equals(name, "ContainerAdministrator", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The user's home, where <c>pip install --user</c> puts console scripts (under .local/bin); <c>~</c> when the
    /// user comes from a base image we cannot see.
    /// </summary>
    public static string HomeOf(string? user)
    {
        if (user is null) return "~";
        if (IsRoot(user)) return "/root";
        var name = user.Trim();
        var colon = name.IndexOf(':');
        if (colon >= 0) name = name.Substring(0, colon);
        return "/home/" + name;
    }
}
