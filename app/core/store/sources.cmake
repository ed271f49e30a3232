target_sources(sdx_core PRIVATE
    store/Database.h
    store/Database.cpp
    store/Transaction.h
    store/Transaction.cpp
    store/Migrations.h
    store/Migrations.cpp
    store/SqlQuery.h
    store/SqlQuery.cpp
    store/SqlErrors.h
    store/SqlErrors.cpp)
