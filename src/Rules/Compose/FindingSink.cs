using System;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose;

/// <summary>Where the compose pipeline reports what it finds (a load context, or a buffer per project).</summary>
public delegate void FindingSink(string ruleId, Location location, FormattableString message, FormattableString? help = null);
