#pragma once

#include "InventoryCatalog.h"
#include "Room.h"

namespace sdx::RoomRules {

/// Working units of projection equipment (projector, TV, interactive board) in the room.
int workingProjection(const Room &room, const InventoryCatalog &catalog);
/// Working computers pupils work on.
int workingStudentComputers(const Room &room, const InventoryCatalog &catalog);
int studentComputers(const Room &room, const InventoryCatalog &catalog);
/// Index 1.7.1: a classroom with working projection equipment and an Internet connection.
bool isEquippedClassroom(const Room &room, const InventoryCatalog &catalog);
bool isClassroom(const Room &room, const InventoryCatalog &catalog);
bool isComputerLab(const Room &room, const InventoryCatalog &catalog);
bool isStudio(const Room &room, const InventoryCatalog &catalog);

} // namespace sdx::RoomRules
