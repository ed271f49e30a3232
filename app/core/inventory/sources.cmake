# The inventory: software and services register, rooms, equipment, people counts; the facts of
# the index derived from them; room-by-room stocktake; CSV/XLSX import and export.
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(sdx_core PRIVATE QuaZip::QuaZip)

target_sources(sdx_core PRIVATE
    inventory/TextKey.h
    inventory/TextKey.cpp
    inventory/InventoryKind.h
    inventory/InventoryKind.cpp
    inventory/SoftwareRow.h
    inventory/SoftwareRow.cpp
    inventory/EquipmentItem.h
    inventory/EquipmentItem.cpp
    inventory/Room.h
    inventory/Room.cpp
    inventory/PeopleCounts.h
    inventory/PeopleCounts.cpp
    inventory/InventorySnapshot.h
    inventory/InventorySnapshot.cpp
    inventory/InventoryCatalog.h
    inventory/InventoryCatalog.cpp
    inventory/InventoryValidator.h
    inventory/InventoryValidator.cpp
    inventory/RoomRules.h
    inventory/RoomRules.cpp
    inventory/InventoryDerivation.h
    inventory/InventoryDerivation.cpp
    inventory/InventoryTotals.h
    inventory/InventoryTotals.cpp
    inventory/InventorySamples.h
    inventory/InventorySamples.cpp
    inventory/InventoryWriter.h
    inventory/InventoryWriter.cpp
    inventory/InventoryRepository.h
    inventory/InventoryRepository.cpp
    inventory/InventoryStocktake.h
    inventory/InventoryStocktake.cpp
    inventory/InventoryCopyForward.h
    inventory/InventoryCopyForward.cpp
    inventory/InventoryOverview.h
    inventory/InventoryOverview.cpp
    inventory/LegacyEncoding.h
    inventory/LegacyEncoding.cpp
    inventory/SheetTable.h
    inventory/CsvCodec.h
    inventory/CsvCodec.cpp
    inventory/XlsxReader.h
    inventory/XlsxReader.cpp
    inventory/XlsxExport.h
    inventory/XlsxExport.cpp
    inventory/InventoryFieldCodec.h
    inventory/InventoryFieldCodec.cpp
    inventory/InventoryTableFormat.h
    inventory/InventoryTableFormat.cpp
    inventory/InventoryImporter.h
    inventory/InventoryImporter.cpp
    inventory/ImportPlanner.h
    inventory/ImportPlanner.cpp
    inventory/InventoryExport.h
    inventory/InventoryExport.cpp)

qt_add_resources(sdx_core "sdx_core_inventory"
    PREFIX "/inventory"
    BASE "${SDX_SOURCE_DIR}/resources/inventory"
    FILES
        "${SDX_SOURCE_DIR}/resources/inventory/software-roles.json"
        "${SDX_SOURCE_DIR}/resources/inventory/equipment.json"
        "${SDX_SOURCE_DIR}/resources/inventory/people-counts.json"
        "${SDX_SOURCE_DIR}/resources/inventory/rules.json"
        "${SDX_SOURCE_DIR}/resources/inventory/import-columns.json")
