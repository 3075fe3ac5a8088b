/// POSIX shell quoting for the one place a command line must pass through a shell: the remote side of `ssh`.
public enum ShellQuoting {
    /// Quotes one argument so a POSIX shell reads it back as exactly one literal word.
    public static func quote(_ argument: String) -> String {
        if !argument.isEmpty,
            argument.unicodeScalars.allSatisfy({
                $0.isASCII
                    && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                        || "-_./=:,+@%".unicodeScalars.contains($0))
            })
        {
            return argument
        }
        return "'" + argument.replacingAll("'", with: "'\\''") + "'"
    }

    /// Joins an argument vector into one command line for a remote shell.
    public static func join(_ arguments: [String]) -> String {
        arguments.map(quote).joined(separator: " ")
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
