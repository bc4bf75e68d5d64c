# Sourced by the benchmarks: virtuoso_ini FOLDER SQL_PORT HTTP_PORT TIMEOUT [DIRS_ALLOWED] writes FOLDER/virtuoso.ini, a
# Virtuoso 7 of its own (database, logs and ports in FOLDER) with about 1.3 GB of buffers and queries stopped after
# TIMEOUT seconds; DIRS_ALLOWED (comma-separated) are the folders its bulk loader may read.
virtuoso_ini() {
    local folder=$1
    cat > "$folder/virtuoso.ini" <<INI
[Database]
DatabaseFile = $folder/virtuoso.db
ErrorLogFile = $folder/virtuoso.log
LockFile = $folder/virtuoso.lck
TransactionFile = $folder/virtuoso.trx
xa_persistent_file = $folder/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $folder/virtuoso-temp.db
TransactionFile = $folder/virtuoso-temp.trx
[Parameters]
ServerPort = $2
DisableUnixSocket = 1
DirsAllowed = ., ${5:-$folder}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxQueryMem = 2G
ThreadsPerQuery = 2
CheckpointInterval = 0
[HTTPServer]
ServerPort = $3
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = $4
MaxQueryCostEstimationTime = 0
INI
}
