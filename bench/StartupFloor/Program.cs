// Prints one line and exits: what every .NET process pays before doing anything of its own.
Console.WriteLine("hello");
