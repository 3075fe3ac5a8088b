/// Opens the store a `StoreLocation` names, for the length of a body (a PostgreSQL store's connections live as long
/// as the body runs, and are closed when it returns or throws).
public enum ResultsStores {
    public static func withStore<T>(
        _ location: StoreLocation, _ body: (any ResultsStore) async throws -> T
    ) async throws -> T {
        switch location {
        case .sqlite(let path):
            return try await body(try SQLiteResultsStore(path: path))
        case .postgres(let server):
            throw StoreError(
                .invalidLocation, "this build has no PostgreSQL backend yet; use a SQLite path",
                store: server.description)
        }
    }
}
