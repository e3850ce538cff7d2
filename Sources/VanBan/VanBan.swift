// VanBan
